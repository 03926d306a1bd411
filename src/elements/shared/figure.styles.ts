import { dataTableStyles } from './data-table.styles.js';
import { legendStyles } from './legend.styles.js';
import { pillButtonStyles } from './pill-button.styles.js';

/** What a figure with a legend and a data table behind a toggle composes (the chart and the map). */
export const figureStyles = [pillButtonStyles, legendStyles, dataTableStyles];
