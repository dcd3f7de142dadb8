// Types for vn-time.js, the date formatter shared by the server's pages and the browser's scripts.
export declare function formatDateTime(value: string | number | null | undefined): string;
export declare function formatDate(value: string | number | null | undefined): string;
export declare function formatDayMonth(value: string | null | undefined): string;
export declare function formatTimeLeft(ms: number): string;
