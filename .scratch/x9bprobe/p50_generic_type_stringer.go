package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type Opt[T any] struct {
	val T
	ok  bool
}

func (o *Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprint("Some(", o.val, ")")
}

type Holder struct {
	B Box[int]
	O *Opt[string]
}

func main() {
	fmt.Println(Box[int]{3}, Box[string]{"s"}, []Box[float64]{{1.5}})
	fmt.Println(&Opt[int]{}, &Opt[int]{4, true})
	fmt.Printf("%v %+v\n", Holder{Box[int]{1}, &Opt[string]{"x", true}}, Holder{})
	m := map[string]Box[bool]{"t": {true}}
	fmt.Println(m)
}
