package datasets

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestSpiral(t *testing.T) {
	tests := []struct{ points, classes int }{{100, 3}, {1, 1}, {2, 5}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt), func(t *testing.T) {
			X, y := Spiral(tt.points, tt.classes, 0)
			if r, c := X.Dims(); r != tt.points*tt.classes || c != 2 || len(y) != r {
				t.Fatalf("got X %dx%d and %d labels, want %dx2 and as many labels", r, c, len(y), tt.points*tt.classes)
			}
			for row := range y {
				j, i := row/tt.points, row%tt.points
				if y[row] != j {
					t.Errorf("got label %d for row %d, want %d", y[row], row, j)
				}
				// The noise only turns a point, so its distance from the
				// origin is exactly the radius linspace(0, 1) gives it.
				r := math.Hypot(X.At(row, 0), X.At(row, 1))
				if want := linspace(0, 1, tt.points, i); math.Abs(r-want) > 1e-12 {
					t.Errorf("got radius %v for row %d, want %v", r, row, want)
				}
			}
		})
	}
}

// The angle of a point is within a few noise deviations of its place on
// the arm, so the arms are the spirals of the picture and not a cloud.
func TestSpiralAngles(t *testing.T) {
	const points = 50
	X, _ := Spiral(points, 3, 1)
	for row := range points * 3 {
		j, i := row/points, row%points
		if i == 0 {
			continue // at the centre the angle is undefined
		}
		want := linspace(float64(4*j), float64(4*(j+1)), points, i)
		got := math.Atan2(X.At(row, 0), X.At(row, 1)) // x = r sin t, y = r cos t
		d := math.Remainder(got-want, 2*math.Pi)
		if math.Abs(d) > 1.2 { // 6 standard deviations of 0.2
			t.Errorf("got angle %v for row %d, want about %v", got, row, want)
		}
	}
}

func TestSpiralSeed(t *testing.T) {
	a, _ := Spiral(10, 3, 42)
	b, _ := Spiral(10, 3, 42)
	c, _ := Spiral(10, 3, 43)
	if !mat.Equal(a, b) {
		t.Errorf("got different points for the same seed")
	}
	if mat.Equal(a, c) {
		t.Errorf("got the same points for seeds 42 and 43")
	}
	if got, want := panicked(func() { Spiral(0, 3, 0) }), "datasets: Spiral: pointsPerClass 0 and classes 3 must be at least 1"; got != want {
		t.Errorf("got panic %q, want %q", got, want)
	}
}
