package main

import (
	"fmt"
	"strings"
)

type Module interface {
	Forward([]float64) []float64
	Params() []*float64
	Name() string
}

type Base struct {
	name     string
	training bool
	calls    int
}

func (b *Base) Name() string     { return b.name }
func (b *Base) Train(on bool)    { b.training = on }
func (b *Base) IsTraining() bool { return b.training }
func (b *Base) count()           { b.calls++ }

type Scale struct {
	Base
	k float64
}

func (s *Scale) Forward(x []float64) []float64 {
	s.count()
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v * s.k
	}
	return out
}
func (s *Scale) Params() []*float64 { return []*float64{&s.k} }

type Shift struct {
	*Base
	c []float64
}

func (s Shift) Forward(x []float64) []float64 {
	s.count()
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v + s.c[i%len(s.c)]
	}
	return out
}
func (s Shift) Params() []*float64 {
	ps := make([]*float64, len(s.c))
	for i := range s.c {
		ps[i] = &s.c[i]
	}
	return ps
}

type Dropout struct {
	Base
	mask []bool
}

func (d *Dropout) Forward(x []float64) []float64 {
	d.count()
	if !d.IsTraining() {
		return x
	}
	out := make([]float64, len(x))
	for i, v := range x {
		if d.mask[i%len(d.mask)] {
			out[i] = v * 2
		}
	}
	return out
}
func (d *Dropout) Params() []*float64 { return nil }

func main() {
	sc := &Scale{Base{name: "scale"}, 2}
	sh := Shift{&Base{name: "shift"}, []float64{1, -1}}
	dr := &Dropout{Base{name: "drop", training: true}, []bool{true, false, true}}
	mods := []Module{sc, sh, dr}
	x := []float64{1, 2, 3, 4}
	for _, m := range mods {
		x = m.Forward(x)
		fmt.Printf("%-6s -> %v\n", m.Name(), x)
	}
	nparams := 0
	for _, m := range mods {
		for _, p := range m.Params() {
			*p += 0.5
			nparams++
		}
	}
	fmt.Println("params:", nparams, sc.k, sh.c)
	dr.Train(false)
	y := []float64{1, 1, 1}
	for _, m := range mods {
		y = m.Forward(y)
	}
	fmt.Println(y)
	names := []string{}
	for _, m := range mods {
		if t, ok := m.(interface{ IsTraining() bool }); ok {
			names = append(names, fmt.Sprintf("%s:%v", m.Name(), t.IsTraining()))
		}
	}
	fmt.Println(strings.Join(names, " "))
	fmt.Println(sc.calls, sh.calls, dr.calls, sc.Base.name)
}
