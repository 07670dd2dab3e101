package main

import "fmt"

type P struct{ X int }

func (p *P) String() string { return fmt.Sprint("P", p.X) }

type V struct{ X int }

func (v V) String() string { return fmt.Sprint("V", v.X) }

func main() {
	var p *P
	var v *V
	fmt.Println(p, v)
	fmt.Printf("[%v] [%s] [%+v]\n", p, v, []*P{nil, {2}})
	type holder struct {
		A *P
		B *V
	}
	fmt.Printf("%v %+v\n", holder{}, holder{&P{1}, &V{2}})
}
