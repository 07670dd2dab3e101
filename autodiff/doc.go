// Package autodiff computes gradients by backpropagation, the way the lecture
// "Backpropagation; Vector, Matrix and Tensor Derivatives" draws it: a
// computational graph of gates, a forward pass that puts values on the wires
// and a backward pass that applies the chain rule gate by gate. Students call
// it from notebook cells; section numbers in the comments refer to that
// lecture (see LECTURE.md in the repository's shared notes).
//
// # Scalars
//
// A Value is one wire. Var makes a named input, Const a constant, and every
// operation (Add, Sub, Mul, Div, Max, Pow, Neg, Exp, Log, Sigmoid, Tanh, ReLU)
// returns a new Value that records its parents and a closure holding the
// gate's local chain-rule step, as in Karpathy's micrograd. Backward sorts the
// graph topologically and runs the closures in reverse:
//
//	x, y, z := autodiff.Var("x", -2), autodiff.Var("y", 5), autodiff.Var("z", -4)
//	q := x.Add(y) // 3
//	f := q.Mul(z) // -12
//	f.Backward()  // x.Grad = -4, y.Grad = -4, z.Grad = 3
//
// Backward resets every gradient in the graph before it starts, so calling it
// twice gives the same numbers, and gradients add up where a value is used
// more than once (section 4). Graph, Op and Parents expose the graph for
// drawing.
//
// # Matrices
//
// A Tensor is a wire carrying a *mat.Dense from gonum, with a gradient of the
// same shape (section 6). NewTensor wraps a matrix without copying it: a
// parameter such as W. ConstTensor wraps data such as a minibatch X, whose
// gradient is never needed. The operations are MatMul, Add and Sub (with
// bias-row broadcasting), Mul, Scale, ReLU, Sigmoid, Tanh, Exp, Log, Sum, Mean
// and L2, and the fused losses SVMLoss and SoftmaxLoss of section 7:
//
//	w := autodiff.NewTensor("W", wData)
//	loss := autodiff.Add(
//		autodiff.SoftmaxLoss(autodiff.MatMul(autodiff.ConstTensor("X", x), w), y),
//		autodiff.Scale(autodiff.L2(w), reg))
//	loss.Backward() // w.Grad is dL/dW
//
// A shape mismatch is a programming error: the operation panics with a
// message naming itself and both shapes, like gonum's mat.ErrShape. So does
// a nil argument, anywhere in the package: in a notebook a panic is one clean
// error message for the cell.
//
// # Speed
//
// Matrix products go through gonum's BLAS: OpenBLAS in a binary built with
// the openblas tag (what make build does where libopenblas-dev is
// installed), gonum's pure Go otherwise; BLAS says which. Both give the same
// results to rounding (1e-12). A product with a narrow result, such as the
// scores X W of a linear classifier, is split over the processors by rows
// (matmul.go), so that a training step runs at numpy's speed in either build.
//
// # Gates and nets
//
// Section 5's forward/backward API is the Gate interface (scalars) and the
// Layer interface (matrices): Forward computes and caches, Backward turns the
// upstream gradient into one gradient per input. A Net wires gates by Node
// and runs them forward in topological order and backward in reverse. The
// built-in gates are AddGate, MultiplyGate, MaxGate and SigmoidGate; the
// layers MatMulLayer, ReLULayer and MulConstant, a port of Torch's
// nn.MulConstant. A student's own type with the two methods plugs in
// alongside them.
//
// # Checking gradients
//
// Section 1: derive the analytic gradient, then check it numerically.
// NumericalGradient takes centered differences, RelError compares, CheckSparse
// samples a few entries of a large gradient as CS231n's grad_check_sparse
// does, and CheckValue and CheckTensor check a whole graph in one call.
//
// # Training
//
// SGD (with momentum) and Adam step parameters from their gradients. The loss
// functions a student writes in the assignment (svm_loss_naive and friends),
// the minibatch loop and the prediction are deliberately not here: the
// package is the students' oracle, not their answer key.
//
// # Display
//
// Value and Tensor have a String method and a MIMEBundle method that a
// notebook uses to draw them, a large matrix elided to its corners.
package autodiff
