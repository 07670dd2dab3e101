package datasets

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Spiral returns CS231n's toy data set for the two-layer net: classes arms
// of a spiral with pointsPerClass points each, which no linear classifier
// separates. Arm j has radius r from 0 to 1 and angle t from 4j to 4(j+1)
// radians, both evenly spaced, with Gaussian noise of standard deviation
// 0.2 on the angle, drawn with seed; point i of arm j is row
// j*pointsPerClass+i of X, (r sin t, r cos t), with label y = j.
//
// Spiral panics if pointsPerClass or classes is less than 1.
func Spiral(pointsPerClass, classes int, seed uint64) (X *mat.Dense, y []int) {
	if pointsPerClass < 1 || classes < 1 {
		panic(fmt.Sprintf("datasets: Spiral: pointsPerClass %d and classes %d must be at least 1", pointsPerClass, classes))
	}
	rng := newRand(seed)
	X = mat.NewDense(pointsPerClass*classes, 2, nil)
	y = make([]int, pointsPerClass*classes)
	for j := range classes {
		for i := range pointsPerClass {
			r := linspace(0, 1, pointsPerClass, i)
			t := linspace(float64(4*j), float64(4*(j+1)), pointsPerClass, i) + 0.2*rng.NormFloat64()
			row := j*pointsPerClass + i
			X.Set(row, 0, r*math.Sin(t))
			X.Set(row, 1, r*math.Cos(t))
			y[row] = j
		}
	}
	return X, y
}

// linspace returns element i of numpy's linspace(lo, hi, n): n evenly
// spaced values from lo to hi inclusive, and just lo when n is 1.
func linspace(lo, hi float64, n, i int) float64 {
	if n == 1 {
		return lo
	}
	return lo + (hi-lo)*float64(i)/float64(n-1)
}
