// ag-grid, community modules only (row grouping, pivot mode, the server-side row model and
// Excel export are enterprise): the tree and the pivot come from the engine, the drill-down
// pages from the Infinite Row Model. One theme built from the app's own colour variables, so
// the grids follow the light and dark themes without a second palette.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnAutoSizeModule,
  DateFilterModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  InfiniteRowModelModule,
  PinnedRowModule,
  CellStyleModule,
  // row count, scrolling to a row: the drill-down's Ctrl+Home/End and its return to the top after a sort
  RowApiModule,
  ScrollApiModule,
  RowStyleModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  ColumnAutoSizeModule,
  TooltipModule,
  LocaleModule,
]);

export const gridTheme = themeQuartz.withParams({
  backgroundColor: 'var(--surface)',
  foregroundColor: 'var(--text)',
  accentColor: 'var(--accent)',
  borderColor: 'var(--border)',
  headerBackgroundColor: 'var(--surface-2)',
  headerTextColor: 'var(--muted)',
  headerFontWeight: 600,
  oddRowBackgroundColor: 'var(--surface)',
  rowHoverColor: 'var(--surface-2)',
  browserColorScheme: 'inherit',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12.5,
  spacing: 6,
  rowHeight: 32,
  headerHeight: 34,
  wrapperBorderRadius: 8,
});
