// Package timeline holds the domain of the project — documents, dated
// diplomatic events, their dates and sources — and the pipeline that extracts
// events from English news text.
//
// Imports run one way: cmd → render → timeline. This package imports no output
// code; temporal expressions are found by the sub-package temporal.
package timeline
