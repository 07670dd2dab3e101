// Exercises: two structs embedding the same *Stats pointer share its state through promoted methods.
package main

import "fmt"

type Stats struct {
	Requests int
	Errors   int
}

func (s *Stats) Hit(ok bool) {
	s.Requests++
	if !ok {
		s.Errors++
	}
}

func (s Stats) Rate() float64 {
	if s.Requests == 0 {
		return 0
	}
	return float64(s.Errors) / float64(s.Requests)
}

type Frontend struct {
	*Stats
	Name string
}

type Backend struct {
	*Stats
	Shard int
}

func main() {
	shared := &Stats{}
	fe := Frontend{shared, "web"}
	be := Backend{Stats: shared, Shard: 2}
	fe.Hit(true)
	fe.Hit(false)
	be.Hit(true)
	be.Hit(true)
	fmt.Println(shared.Requests, shared.Errors, fe.Rate(), be.Rate())
	fmt.Printf("%+v %+v\n", *fe.Stats, *be.Stats)
	fmt.Println(fe.Stats == be.Stats)
	own := Frontend{&Stats{}, "api"}
	own.Hit(false)
	fmt.Println(own.Requests, shared.Requests, own.Rate())
	copyFe := fe
	copyFe.Hit(false)
	fmt.Println(fe.Requests, copyFe.Errors)
}
