/** A consent status's colour: granted green, denied red, others neutral. */
export const statusColor = (status: string) =>
  status === 'GRANTED' ? 'success' : status === 'DENIED' ? 'error' : 'default';
