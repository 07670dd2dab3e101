package autodiff

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// The two losses of lecture section 7 are fused: one operation computes the
// loss and, in the same pass over the scores, dL/dscores, which its
// chain-rule step then only scales by the upstream gradient. Built from
// primitives (Exp, Sum, Log, a one-hot Mul...) the same loss would allocate a
// matrix per step and walk the scores many times, and softmax would overflow:
// exp(1000) is +Inf. The fused forms are the "stage your forward/backward
// computation" of the assignment, written once.

// SVMLoss returns the 1x1 mean multiclass hinge loss of scores (N x C, one
// row per example) for the labels y:
//
//	L = (1/N) sum_i sum_{j != y_i} max(0, s_ij - s_iy_i + 1)
//
// the SVM loss of lecture section 7 without the regularization term (add
// Scale(L2(W), reg) for it). At a margin of exactly 0 the hinge has a kink;
// SVMLoss takes its gradient there to be 0. SVMLoss panics unless y holds one
// label per row of scores, each in [0, C).
func SVMLoss(scores *Tensor, y []int) *Tensor {
	n, c := checkLabels("SVMLoss", scores, y)
	s := scores.Data.RawMatrix()
	dScores := mat.NewDense(n, c, nil) // dL/dscores, kept for the backward step
	d := dScores.RawMatrix()
	var loss float64
	for i := 0; i < n; i++ {
		row := s.Data[i*s.Stride : i*s.Stride+c]
		drow := d.Data[i*d.Stride : i*d.Stride+c]
		correct := row[y[i]]
		for j, sj := range row {
			if j == y[i] {
				continue
			}
			if margin := sj - correct + 1; margin > 0 {
				loss += margin
				// Each violated margin pushes s_j up and s_y_i down.
				drow[j]++
				drow[y[i]]--
			}
		}
	}
	dScores.Scale(1/float64(n), dScores)
	return lossTensor(loss/float64(n), "svm", scores, dScores)
}

// SoftmaxLoss returns the 1x1 mean cross-entropy of the softmax of scores
// (N x C) for the labels y:
//
//	L = (1/N) sum_i -log(e^s_iy_i / sum_j e^s_ij)
//
// the softmax loss of lecture section 7 without the regularization term.
// Each row is shifted by its maximum before exponentiating, which changes
// nothing mathematically and keeps every exponent <= 0, so scores of 1e3 and
// beyond give a finite loss; the log of the normalizer is taken directly
// rather than the log of a probability that may underflow to 0. The gradient
// is (softmax(s) - onehot(y)) / N. SoftmaxLoss panics unless y holds one label
// per row of scores, each in [0, C).
func SoftmaxLoss(scores *Tensor, y []int) *Tensor {
	n, c := checkLabels("SoftmaxLoss", scores, y)
	s := scores.Data.RawMatrix()
	dScores := mat.NewDense(n, c, nil)
	d := dScores.RawMatrix()
	var loss float64
	for i := 0; i < n; i++ {
		row := s.Data[i*s.Stride : i*s.Stride+c]
		p := d.Data[i*d.Stride : i*d.Stride+c]
		shift := floats.Max(row)
		var z float64
		for j, sj := range row {
			p[j] = math.Exp(sj - shift)
			z += p[j]
		}
		// -log p_y = log z - (s_y - shift)
		loss += math.Log(z) - (row[y[i]] - shift)
		floats.Scale(1/z, p)
		p[y[i]]--
	}
	dScores.Scale(1/float64(n), dScores)
	return lossTensor(loss/float64(n), "softmax", scores, dScores)
}

// lossTensor is the 1x1 result of a fused loss whose gradient with respect to
// scores, dScores, was computed by the forward pass.
func lossTensor(loss float64, op string, scores *Tensor, dScores *mat.Dense) *Tensor {
	t := newTensor(mat.NewDense(1, 1, []float64{loss}), op, scores)
	t.backward = func() {
		addScaled(scores.Grad, t.Grad.At(0, 0), dScores)
	}
	return t
}

// checkLabels panics unless y has one label in [0, C) per row of scores.
func checkLabels(op string, scores *Tensor, y []int) (n, c int) {
	mustTensors(op, scores)
	n, c = scores.Dims()
	if len(y) != n {
		panic(fmt.Sprintf("autodiff: %s: %d labels for %s scores (want one label per row)", op, len(y), shape(scores)))
	}
	for i, yi := range y {
		if yi < 0 || yi >= c {
			panic(fmt.Sprintf("autodiff: %s: label y[%d] = %d is outside [0, %d) for %s scores", op, i, yi, c, shape(scores)))
		}
	}
	return n, c
}
