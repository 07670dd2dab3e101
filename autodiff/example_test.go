package autodiff_test

import (
	"fmt"

	"github.com/gobackprop/gobackprop/autodiff"
	"gonum.org/v1/gonum/mat"
)

// The example of micrograd's README, gate for gate.
func ExampleValue_Backward() {
	a := autodiff.Var("a", -4)
	b := autodiff.Var("b", 2)
	c := a.Add(b)
	d := a.Mul(b).Add(b.Pow(3))
	c = c.Add(c.Add(autodiff.Const(1)))
	c = c.Add(autodiff.Const(1).Add(c).Add(a.Neg()))
	d = d.Add(d.Mul(autodiff.Const(2)).Add(b.Add(a).ReLU()))
	d = d.Add(autodiff.Const(3).Mul(d).Add(b.Sub(a).ReLU()))
	e := c.Sub(d)
	f := e.Pow(2)
	g := f.Div(autodiff.Const(2))
	g = g.Add(autodiff.Const(10).Div(f))
	g.Backward()
	fmt.Printf("g = %.4f\n", g.Data)
	fmt.Printf("dg/da = %.4f\n", a.Grad)
	fmt.Printf("dg/db = %.4f\n", b.Grad)
	// Output:
	// g = 24.7041
	// dg/da = 138.8338
	// dg/db = 645.5773
}

// The lecture's first circuit, f(x,y,z) = (x+y)z (section 2).
func ExampleVar() {
	x, y, z := autodiff.Var("x", -2), autodiff.Var("y", 5), autodiff.Var("z", -4)
	q := x.Add(y)
	f := q.Mul(z)
	f.Backward()
	fmt.Println(f)
	fmt.Println(q)
	fmt.Println(x, y, z)
	// Output:
	// Value(data=-12, grad=1)
	// Value(data=3, grad=-4)
	// Value(label=x, data=-2, grad=-4) Value(label=y, data=5, grad=-4) Value(label=z, data=-4, grad=3)
}

// The same circuit as a Net of gates (section 5).
func ExampleNet() {
	n := autodiff.NewNet()
	x, y, z := n.Input("x"), n.Input("y"), n.Input("z")
	q := n.Apply(&autodiff.AddGate{}, x, y)
	n.Apply(&autodiff.MultiplyGate{}, q, z)
	f := n.Forward(map[string]float64{"x": -2, "y": 5, "z": -4})
	grads := n.Backward()
	fmt.Println("f =", f)
	fmt.Println("df/dx =", grads["x"], "df/dy =", grads["y"], "df/dz =", grads["z"], "df/dq =", n.Grad(q))
	// Output:
	// f = -12
	// df/dx = -4 df/dy = -4 df/dz = 3 df/dq = -4
}

// The section-7 fixture: softmax loss with L2 regularization, and its dW.
func ExampleSoftmaxLoss() {
	x := autodiff.ConstTensor("X", mat.NewDense(2, 3, []float64{1, 2, -1, 0.5, -1.5, 2}))
	w := autodiff.NewTensor("W", mat.NewDense(3, 3, []float64{0.1, -0.2, 0.3, 0, 0.4, -0.1, -0.3, 0.2, 0.1}))
	y := []int{0, 2}
	loss := autodiff.Add(autodiff.SoftmaxLoss(autodiff.MatMul(x, w), y), autodiff.Scale(autodiff.L2(w), 0.1))
	loss.Backward()
	fmt.Printf("loss = %.7f\n", loss.Scalar())
	fmt.Printf("dW = %.4f\n", mat.Formatted(w.Grad, mat.Prefix("     ")))
	// Output:
	// loss = 0.8297888
	// dW = ⎡-0.2441   0.2097   0.0745⎤
	//      ⎢-0.7714   0.2672   0.5642⎥
	//      ⎣ 0.4472   0.1025  -0.5497⎦
}
