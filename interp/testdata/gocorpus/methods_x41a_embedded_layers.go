package main

import "fmt"

type Base struct {
	name     string
	training bool
	calls    int
}

func (b *Base) Train()          { b.training = true }
func (b *Base) Eval()           { b.training = false }
func (b *Base) Name() string    { return b.name }
func (b Base) Describe() string { return fmt.Sprintf("%s(train=%v)", b.name, b.training) }
func (b *Base) count()          { b.calls++ }

type Scale struct {
	Base
	k float64
}

func (s *Scale) Forward(x float64) float64  { s.count(); return s.k * x }
func (s *Scale) Backward(d float64) float64 { return s.k * d }

type Shift struct {
	*Base
	c float64
}

func (s Shift) Forward(x float64) float64  { s.count(); return x + s.c }
func (s Shift) Backward(d float64) float64 { return d }
func (s Shift) Describe() string           { return "shift by " + fmt.Sprint(s.c) + " / " + s.Base.Describe() }

type Layer interface {
	Forward(float64) float64
	Backward(float64) float64
	Name() string
	Describe() string
	Train()
}

func main() {
	sc := &Scale{Base: Base{name: "scale"}, k: 3}
	sh := Shift{Base: &Base{name: "shift"}, c: -1}
	layers := []Layer{sc, sh, &Scale{Base{name: "scale2"}, 0.5}}
	for _, l := range layers {
		l.Train()
	}
	x := 2.0
	for _, l := range layers {
		x = l.Forward(x)
		fmt.Printf("%-7s -> %g\n", l.Name(), x)
	}
	d := 1.0
	for i := len(layers) - 1; i >= 0; i-- {
		d = layers[i].Backward(d)
	}
	fmt.Println("dy/dx =", d)
	for _, l := range layers {
		fmt.Println(l.Describe())
	}
	fmt.Println(sc.calls, sh.calls, sc.Base.calls)
	fwd := sc.Forward
	fmt.Println(fwd(10), sc.calls)
	bwd := (*Scale).Backward
	fmt.Println(bwd(sc, 4))
	desc := Base.Describe
	fmt.Println(desc(Base{name: "plain"}))
	sc.Eval()
	fmt.Printf("%+v\n", *sc)
}
