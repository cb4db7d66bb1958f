// The last line of defence: a rendering error shows a calm message and a reload button, not a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

interface ErrorBoundaryProps {
  title: string;
  retryText: string;
  children: ReactNode;
}

/** Catches rendering errors below it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the browser console for whoever reports the problem.
    // eslint-disable-next-line no-console
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title={this.props.title}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {this.props.retryText}
          </Button>
        }
      />
    );
  }
}
