// Exercises: Layer interface with Forward/Backward/Params, type switch with pointer and interface cases, a layer slice as a net
package main

import "fmt"

type Layer interface {
	Forward([]float64) []float64
	Backward([]float64) []float64
	Params() int
}

type Scale struct{ W []float64 }
type ReLU struct{ x []float64 }

func (l *Scale) Forward(x []float64) []float64 {
	y := make([]float64, len(x))
	for i := range x {
		y[i] = x[i] * l.W[i]
	}
	return y
}

func (l *Scale) Backward(d []float64) []float64 { return l.Forward(d) }
func (l *Scale) Params() int                    { return len(l.W) }

func (l *ReLU) Forward(x []float64) []float64 { l.x = x; return l.Backward(x) }
func (l *ReLU) Backward(d []float64) []float64 {
	dx := make([]float64, len(d))
	for i := range d {
		if l.x[i] > 0 {
			dx[i] = d[i]
		}
	}
	return dx
}
func (*ReLU) Params() int    { return 0 }
func (*ReLU) String() string { return "relu" }
func describe(l Layer) string {
	switch v := l.(type) {
	case *Scale:
		return fmt.Sprintf("Scale(%d)", len(v.W))
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "?"
}

func main() {
	net := []Layer{&Scale{W: []float64{1, -2, 0.5}}, &ReLU{}, &Scale{W: []float64{3, 3, 3}}}
	x, total := []float64{0.5, 1, -4}, 0
	for _, l := range net {
		x = l.Forward(x)
		total += l.Params()
		fmt.Printf("%-15s %.4f\n", describe(l), x)
	}
	for i, d := len(net)-1, []float64{1, 1, 1}; i >= 0; i-- {
		fmt.Printf("d%d=%.4f\n", i, net[i].Backward(d))
	}
	fmt.Printf("params=%d %v\n", total, net[1])
}
