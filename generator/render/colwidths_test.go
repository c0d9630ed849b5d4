package render

import (
	"math"
	"testing"
)

func TestAutoWidths(t *testing.T) {
	const pad = 10
	tests := []struct {
		name    string
		minW    []float64
		rows    [][]float64
		avail   float64
		wantSum float64 // 0: avail
		check   func(t *testing.T, w []float64)
	}{
		{
			name: "compact table keeps natural width",
			minW: []float64{40, 30}, rows: [][]float64{{50, 20}, {80, 40}}, avail: 500,
			wantSum: 90 + 50,
		},
		{
			name: "nearly full one-line table is stretched",
			minW: []float64{40, 30}, rows: [][]float64{{200, 20}, {300, 100}}, avail: 500,
			check: func(t *testing.T, w []float64) {
				if w[0] < 310 || w[1] < 110 {
					t.Errorf("widths %v below one-line widths", w)
				}
			},
		},
		{
			name: "longest words do not fit: shrink alike",
			minW: []float64{300, 300}, rows: [][]float64{{1000, 1000}}, avail: 400,
			check: func(t *testing.T, w []float64) {
				if math.Abs(w[0]-w[1]) > 0.01 {
					t.Errorf("widths %v, want equal", w)
				}
			},
		},
		{
			name: "short notes column is not squeezed by long allegations",
			minW: []float64{60, 60}, rows: [][]float64{{3000, 250}, {300, 250}, {200, 260}}, avail: 700,
			check: func(t *testing.T, w []float64) {
				// Sharing in proportion to one-line widths would give the notes
				// about 100 (three lines in the rows they make tallest);
				// balancing gives them room for one or two.
				if w[1] < 140 {
					t.Errorf("notes column %.1f, want at least 140", w[1])
				}
				if w[0] < w[1] {
					t.Errorf("allegation column %.1f narrower than notes %.1f", w[0], w[1])
				}
			},
		},
		{
			name: "empty column keeps its minimum",
			minW: []float64{pad, 50}, rows: [][]float64{{0, 900}}, avail: 600,
			check: func(t *testing.T, w []float64) {
				if w[0] > pad+0.01 {
					t.Errorf("empty column got %.1f", w[0])
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := autoWidths(tt.minW, tt.rows, pad, tt.avail)
			want := tt.wantSum
			if want == 0 {
				want = tt.avail
			}
			if got := sum(w); math.Abs(got-want) > 0.01 {
				t.Errorf("widths %v sum to %.2f, want %.2f", w, got, want)
			}
			for c := range w {
				if sum(tt.minW) < tt.avail && w[c] < tt.minW[c]-0.01 {
					t.Errorf("column %d: %.1f below its minimum %.1f", c, w[c], tt.minW[c])
				}
			}
			if tt.check != nil {
				tt.check(t, w)
			}
		})
	}
}
