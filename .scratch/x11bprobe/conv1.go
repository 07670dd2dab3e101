package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type P struct {
	X int `json:"x"`
	Y int
}
type Q struct {
	X int
	Y int `yaml:"y"`
}

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type RC interface {
	Reader
	Closer
	Read() string
}

type file struct{ name string }

func (f *file) Read() string { return "data:" + f.name }
func (f *file) Close() error { return nil }

func main() {
	var s Shape = Sq(2)
	fmt.Println(s == Sq(2), s == Shape(Sq(3)), s != nil)
	switch s {
	case Sq(1):
		fmt.Println("one")
	case Sq(2):
		fmt.Println("two")
	}
	p := P{1, 2}
	q := Q(p)
	fmt.Println(q, P(q) == p)
	var rc RC = &file{"f"}
	fmt.Println(rc.Read(), rc.Close())
	var r Reader = rc
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	pa := &arr
	sl[0] = 10
	pa[1] = 20
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr, len(pa), sl[:2])
	type pt struct{ a, b int }
	mp := map[string]pt{"k": {1, 2}}
	v := mp["k"]
	v.a = 9
	fmt.Println(mp, v)
	ms := map[string]*pt{"k": {1, 2}}
	ms["k"].a = 9
	fmt.Println(*ms["k"])
}
