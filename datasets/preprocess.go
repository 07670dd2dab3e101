package datasets

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// newRand returns the generator behind every seeded function here. PCG is
// specified bit for bit, so a seed gives the same numbers on every run and
// machine; the second PCG word is fixed so that one seed is all a notebook
// has to write down.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x6261636b70726f70)) // "backprop"
}

// Split returns the four parts of CS231n's assignment 1 as a new Set: the
// rows of s.XTrain are shuffled with seed, the first nTrain become the
// training part and the next nVal the validation part (for choosing
// hyperparameters without touching the test set); nDev rows drawn at
// random from the new training part form the dev part (a small copy for
// checking a loss quickly); the test part is the first nTest rows of
// s.XTest, in their published order. CS231n uses 49000, 1000, 1000 and 500.
// All matrices are copies, so s is left as it was; existing validation and
// dev parts of s are ignored. A count of 0 leaves that part empty (nil).
//
// Split panics if s has no training images, if a count is negative, if
// nTrain+nVal exceeds the training images of s, if nTest exceeds its test
// images, or if nDev exceeds nTrain.
func Split(s *Set, nTrain, nVal, nTest, nDev int, seed uint64) *Set {
	if s == nil || s.XTrain == nil {
		panic("datasets: Split: the set has no training images")
	}
	if nTrain < 0 || nVal < 0 || nTest < 0 || nDev < 0 {
		panic(fmt.Sprintf("datasets: Split: counts must not be negative: nTrain %d, nVal %d, nTest %d, nDev %d", nTrain, nVal, nTest, nDev))
	}
	available, _ := s.XTrain.Dims()
	if nTrain+nVal > available {
		panic(fmt.Sprintf("datasets: Split: nTrain+nVal = %d+%d = %d but the set has %d training images", nTrain, nVal, nTrain+nVal, available))
	}
	if nTest > len(s.YTest) {
		panic(fmt.Sprintf("datasets: Split: nTest = %d but the set has %d test images", nTest, len(s.YTest)))
	}
	if nDev > nTrain {
		panic(fmt.Sprintf("datasets: Split: nDev = %d but the dev part is drawn from the %d training images (nTrain)", nDev, nTrain))
	}
	rng := newRand(seed)
	perm := rng.Perm(available)
	train, val := perm[:nTrain], perm[nTrain:nTrain+nVal]
	// CS231n's np.random.choice(num_training, num_dev, replace=False).
	dev := rng.Perm(nTrain)[:nDev]
	for i, j := range dev {
		dev[i] = train[j]
	}
	test := make([]int, nTest)
	for i := range test {
		test[i] = i
	}
	out := &Set{Classes: s.Classes, Height: s.Height, Width: s.Width, Channels: s.Channels, Source: s.Source}
	out.XTrain, out.YTrain = rows(s.XTrain, s.YTrain, train)
	out.XVal, out.YVal = rows(s.XTrain, s.YTrain, val)
	out.XTest, out.YTest = rows(s.XTest, s.YTest, test)
	out.XDev, out.YDev = rows(s.XTrain, s.YTrain, dev)
	return out
}

// rows copies the rows of X and labels of y at idx, or returns nils for
// no rows since gonum has no empty matrix.
func rows(X *mat.Dense, y []int, idx []int) (*mat.Dense, []int) {
	if len(idx) == 0 {
		return nil, nil
	}
	_, d := X.Dims()
	out := mat.NewDense(len(idx), d, nil)
	labels := make([]int, len(idx))
	for i, j := range idx {
		copy(out.RawRowView(i), X.RawRowView(j))
		labels[i] = y[j]
	}
	return out, labels
}

// Shuffle permutes the rows of X and the labels in y in place, with the
// same permutation, which is determined by seed. An epoch of SGD over a
// shuffled copy sees every example once in an order that does not follow
// the file's.
//
// Shuffle panics if X is nil or if y's length differs from X's rows.
func Shuffle(X *mat.Dense, y []int, seed uint64) {
	if X == nil {
		panic("datasets: Shuffle: X is nil")
	}
	n, d := X.Dims()
	if len(y) != n {
		panic(fmt.Sprintf("datasets: Shuffle: X has %d rows but y has %d labels", n, len(y)))
	}
	tmp := make([]float64, d)
	newRand(seed).Shuffle(n, func(i, j int) {
		ri, rj := X.RawRowView(i), X.RawRowView(j)
		copy(tmp, ri)
		copy(ri, rj)
		copy(rj, tmp)
		y[i], y[j] = y[j], y[i]
	})
}

// SubtractMean centres the data as CS231n does: it computes the mean image
// of the training part and subtracts it from every part of s, in place, so
// that validation and test data are treated exactly like training data and
// nothing is learnt from them. It returns the mean image, 1 x D, which is
// worth drawing. Call it before AddBias, or the bias column becomes zero.
//
// SubtractMean panics if s has no training images or if a part's width
// differs from the training part's.
func SubtractMean(s *Set) *mat.Dense {
	if s == nil || s.XTrain == nil {
		panic("datasets: SubtractMean: the set has no training images")
	}
	n, d := s.XTrain.Dims()
	mean := make([]float64, d)
	for i := range n {
		for j, v := range s.XTrain.RawRowView(i) {
			mean[j] += v
		}
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	for _, part := range []struct {
		name string
		X    *mat.Dense
	}{{"train", s.XTrain}, {"val", s.XVal}, {"test", s.XTest}, {"dev", s.XDev}} {
		if part.X == nil {
			continue
		}
		r, c := part.X.Dims()
		if c != d {
			panic(fmt.Sprintf("datasets: SubtractMean: the %s part is %dx%d but the training part is %dx%d", part.name, r, c, n, d))
		}
		for i := range r {
			row := part.X.RawRowView(i)
			for j := range row {
				row[j] -= mean[j]
			}
		}
	}
	return mat.NewDense(1, d, mean)
}

// AddBias returns a copy of X (N x D) with a column of ones appended,
// N x (D+1): the bias trick of CS231n, which folds the bias b into the
// last row of W so that the scores are just X W. X itself is unchanged.
// AddBias returns nil for a nil X, so that an empty part of a Set passes
// through.
func AddBias(X *mat.Dense) *mat.Dense {
	if X == nil {
		return nil
	}
	n, d := X.Dims()
	out := mat.NewDense(n, d+1, nil)
	for i := range n {
		row := out.RawRowView(i)
		copy(row, X.RawRowView(i))
		row[d] = 1
	}
	return out
}
