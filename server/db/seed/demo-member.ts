// The demo member login `doanvien` belongs to a real record: Đặng Thị Hòa, a nurse at Bạch Mai hospital and a
// member of its grassroots union, so "Hồ sơ của tôi", her card and correction requests can be tried at once.
import { and, eq, isNull } from 'drizzle-orm';
import { foldForSearch, vietnameseSortKey } from '../../../shared/text/index.ts';
import { employments, memberships, people, units, users } from '../schema/index.ts';
import type { Audit, Tx } from '../write.ts';

const UNION = 'CDCS-BVBM';
const NAME = { familyName: 'Đặng', middleName: 'Thị', givenName: 'Hòa' };
const FULL_NAME = `${NAME.familyName} ${NAME.middleName} ${NAME.givenName}`;

/** Her record: the one the demo people already hold at the union, else one created for her. */
async function findOrCreateHoa(tx: Tx): Promise<number | null> {
  const [union] = await tx.select().from(units).where(eq(units.code, UNION));
  if (!union) return null;
  const [existing] = await tx
    .select({ id: people.id })
    .from(people)
    .innerJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
    .where(and(eq(people.fullName, FULL_NAME), eq(memberships.unitId, union.id), eq(memberships.status, 'active')))
    .limit(1);
  if (existing) return existing.id;
  const [section] = await tx
    .select()
    .from(units)
    .where(eq(units.code, `${UNION}-KNOI`))
    .limit(1);
  const [person] = await tx
    .insert(people)
    .values({
      fullName: FULL_NAME,
      ...NAME,
      birthDate: '1988-04-12',
      birthYear: 1988,
      gender: 'female',
      ethnicity: 'Kinh',
      citizenId: '001188004712',
      phone: '0912 468 135',
      email: 'hoa.dt@bachmai.example.vn',
      qualification: 'nurse',
      position: 'Điều dưỡng viên',
      searchKey: foldForSearch(FULL_NAME),
      sortKey: vietnameseSortKey(NAME),
    })
    .onConflictDoNothing()
    .returning();
  if (!person) return null;
  await tx.insert(employments).values({
    personId: person.id,
    unitId: (section ?? union).id,
    validFrom: '2011-03-01',
    contractKind: 'public_employee',
  });
  await tx.insert(memberships).values({
    personId: person.id,
    unitId: union.id,
    cardNumber: 'YT00200001',
    joinedOn: '2012-05-15',
    validFrom: '2012-05-15',
  });
  return person.id;
}

/** Links the `doanvien` login to her record; does nothing when either is missing. */
export async function linkDemoMemberLogin(tx: Tx, audit: Audit): Promise<void> {
  const [login] = await tx.select().from(users).where(eq(users.username, 'doanvien'));
  if (!login || login.personId) return;
  const personId = await findOrCreateHoa(tx);
  if (!personId) return;
  await tx.update(users).set({ personId }).where(eq(users.id, login.id));
  audit({ action: 'user.link_person', entity: 'user', entityId: login.id, after: { personId } });
}
