package render

// Column sizing from content. Every column gets at least its longest word
// (minW, padding included). The width left over goes, a step at a time, to
// the column whose widening most shortens the table, estimated as the sum
// over rows of the line count of the row's tallest cell (a cell of one-line
// width L in a column of text width w takes about L/w lines). So a column
// of short notes is not squeezed to a sliver beside a column of long
// allegations just because the allegations are longer. A table whose cells
// all fit on one line keeps its natural width if that is well short of the
// page, and is stretched to the full width otherwise.

// Tuning of autoWidths.
const (
	widthSteps  = 64   // increments in which spare width is handed out
	sampleRows  = 300  // rows looked at when balancing a long table
	compactFrac = 0.75 // a one-line table narrower than this share of the page keeps its natural width
)

// autoWidths returns column widths from the minimum widths minW and the
// one-line widths of every cell (rows[r][c], without padding). pad is the
// horizontal padding of a cell; avail the width available.
func autoWidths(minW []float64, rows [][]float64, pad, avail float64) []float64 {
	n := len(minW)
	maxW := make([]float64, n)
	for c := range n {
		maxW[c] = minW[c]
		for _, r := range rows {
			maxW[c] = max(maxW[c], r[c]+pad)
		}
	}
	sumMin, sumMax := sum(minW), sum(maxW)
	w := make([]float64, n)
	switch {
	case sumMin >= avail: // not even the longest words fit: shrink alike
		for c := range w {
			w[c] = avail * minW[c] / sumMin
		}
		return w
	case sumMax <= avail: // everything fits on one line
		copy(w, maxW)
		if sumMax >= avail*compactFrac {
			for c := range w {
				w[c] += (avail - sumMax) * maxW[c] / sumMax
			}
		}
		return w
	}
	copy(w, minW)
	sample := rows
	if len(rows) > sampleRows {
		sample = make([][]float64, 0, sampleRows)
		for i := range sampleRows {
			sample = append(sample, rows[i*len(rows)/sampleRows])
		}
	}
	height := func() float64 {
		h := 0.0
		for _, r := range sample {
			tallest := 1.0
			for c, l := range r {
				if inner := w[c] - pad; l > 0 && inner > 0 {
					tallest = max(tallest, l/inner)
				}
			}
			h += tallest
		}
		return h
	}
	step := (avail - sumMin) / widthSteps
	cur := height()
	for range widthSteps {
		best, bestH := -1, cur
		for c := range w {
			if w[c]+step > maxW[c] {
				continue
			}
			w[c] += step
			if h := height(); h < bestH-1e-9 {
				best, bestH = c, h
			}
			w[c] -= step
		}
		if best < 0 {
			break
		}
		w[best] += step
		cur = bestH
	}
	// Hand what is left to the columns still short of one line, in
	// proportion to what they lack.
	left := avail - sum(w)
	lack := 0.0
	for c := range w {
		lack += maxW[c] - w[c]
	}
	if lack > 0 {
		f := min(1, left/lack)
		for c := range w {
			w[c] += (maxW[c] - w[c]) * f
		}
		left = avail - sum(w)
	}
	if left > 0.01 {
		total := sum(w)
		for c := range w {
			w[c] += left * w[c] / total
		}
	}
	return w
}
