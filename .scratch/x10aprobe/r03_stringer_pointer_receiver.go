package main

import "fmt"

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P#%d", p.n) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type reading struct {
	celsius
	at int
}

func main() {
	p := P{1}
	fmt.Println(p, &p, []P{{2}}, []*P{{3}})
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	fmt.Println(E{4}, &E{5}, []error{E{6}})
	fmt.Println(reading{21.5, 3})
	fmt.Printf("%v %d\n", reading{1, 2}, reading{1, 2})
}
