// Routes: GET /council-meetings · POST /council-meetings · GET /council-meetings/unit-options ·
// GET /council-meetings/member-options · GET /council-meetings/:id · PATCH /council-meetings/:id ·
// POST /council-meetings/:id/attendance · POST /council-meetings/:id/open · POST /council-meetings/:id/recusals ·
// POST /council-meetings/:id/ballots · POST /council-meetings/:id/written-ballots · POST /council-meetings/:id/close
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  attendanceBodySchema,
  ballotBodySchema,
  councilUnitOptionsSchema,
  meetingBodySchema,
  meetingListQuerySchema,
  meetingListSchema,
  meetingSchema,
  meetingUpdateSchema,
  memberOptionsQuerySchema,
  memberOptionsSchema,
  recusalBodySchema,
  writtenBallotBodySchema,
} from '../../../shared/contracts/council.ts';
import { actorCtx } from '../../http/request-context.ts';
import { recordBallot, recordWrittenBallot } from './ballot.service.ts';
import { closeMeeting } from './closing.service.ts';
import { addRecusal, openMeeting, recordAttendance } from './meeting-opening.service.ts';
import {
  createMeeting,
  findMemberOptions,
  findUnitOptions,
  getMeeting,
  listMeetings,
  updateMeeting,
} from './meetings.service.ts';

const tags = ['council'];
const one = { 200: meetingSchema };

export const councilRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/council-meetings',
    {
      schema: {
        tags,
        description:
          'Council meetings of units in the reader’s scope and those the user sits on, paged, with the total.',
        querystring: meetingListQuerySchema,
        response: { 200: meetingListSchema },
      },
    },
    async (request) => listMeetings(actorCtx(request), request.query),
  );

  app.post(
    '/council-meetings',
    {
      schema: {
        tags,
        description: 'Plans a meeting of a unit’s council with its members (keepers of the unit).',
        body: meetingBodySchema,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createMeeting(actorCtx(request), request.body)),
  );

  app.get(
    '/council-meetings/unit-options',
    {
      schema: {
        tags,
        description: 'Units whose council the user may convene.',
        response: { 200: councilUnitOptionsSchema },
      },
    },
    async (request) => findUnitOptions(actorCtx(request)),
  );

  app.get(
    '/council-meetings/member-options',
    {
      schema: {
        tags,
        description: 'Users who may sit on the unit’s council: a grant on the unit, above or below it.',
        querystring: memberOptionsQuerySchema,
        response: { 200: memberOptionsSchema },
      },
    },
    async (request) => findMemberOptions(actorCtx(request), request.query.unitId),
  );

  app.get(
    '/council-meetings/:id',
    {
      schema: {
        tags,
        description: 'One meeting: members, attendance, who voted (never what), items; tallies once closed.',
        params: idParamsSchema,
        response: one,
      },
    },
    async (request) => getMeeting(actorCtx(request), request.params.id),
  );

  app.patch(
    '/council-meetings/:id',
    {
      schema: {
        tags,
        description: 'Edits a planned meeting.',
        params: idParamsSchema,
        body: meetingUpdateSchema,
        response: one,
      },
    },
    async (request) => updateMeeting(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/council-meetings/:id/attendance',
    {
      schema: {
        tags,
        description: 'Marks the members present (all others absent) before voting opens.',
        params: idParamsSchema,
        body: attendanceBodySchema,
        response: one,
      },
    },
    async (request) => recordAttendance(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/council-meetings/:id/open',
    {
      schema: {
        tags,
        description: 'Opens voting: needs the quorum and a proposal before the council; computes recusals.',
        params: idParamsSchema,
        response: one,
      },
    },
    async (request) => openMeeting(actorCtx(request), request.params.id),
  );

  app.post(
    '/council-meetings/:id/recusals',
    {
      schema: {
        tags,
        description: 'A keeper recuses a member from an item, with a reason.',
        params: idParamsSchema,
        body: recusalBodySchema,
        response: one,
      },
    },
    async (request) => addRecusal(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/council-meetings/:id/ballots',
    {
      schema: {
        tags,
        description: 'The member’s secret ballot: one choice per item, once per meeting.',
        params: idParamsSchema,
        body: ballotBodySchema,
        response: one,
      },
    },
    async (request) => recordBallot(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/council-meetings/:id/written-ballots',
    {
      schema: {
        tags,
        description:
          'An absent member’s sealed written ballot, entered while voting is open by the secretary, the chair or a keeper.',
        params: idParamsSchema,
        body: writtenBallotBodySchema,
        response: one,
      },
    },
    async (request) => recordWrittenBallot(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/council-meetings/:id/close',
    {
      schema: {
        tags,
        description: 'Closes the vote: thresholds applied per item; proposals go to posting or are rejected.',
        params: idParamsSchema,
        response: one,
      },
    },
    async (request) => closeMeeting(actorCtx(request), request.params.id),
  );
};
