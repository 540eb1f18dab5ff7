import { Alert } from '@mui/material';
import { Component, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** One broken widget must not blank the whole dashboard. */
export class WidgetErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? <Crashed message={this.state.error.message} /> : this.props.children;
  }
}

const Crashed = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ width: '100%' }} title={message}>
      {translate('fidele.widget.crashed')}
    </Alert>
  );
};
