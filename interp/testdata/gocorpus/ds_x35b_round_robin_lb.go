package main

import (
	"container/ring"
	"errors"
	"fmt"
	"strings"
)

type Backend struct {
	Addr    string
	Healthy bool
	Weight  int
	served  int
}

type Balancer struct {
	r *ring.Ring
}

var ErrNoBackend = errors.New("no healthy backend")

func NewBalancer(bs ...*Backend) *Balancer {
	var r *ring.Ring
	for _, b := range bs {
		for i := 0; i < max(1, b.Weight); i++ {
			n := ring.New(1)
			n.Value = b
			if r == nil {
				r = n
			} else {
				r.Prev().Link(n)
			}
		}
	}
	return &Balancer{r: r}
}

func (lb *Balancer) Next() (*Backend, error) {
	for i := 0; i < lb.r.Len(); i++ {
		b := lb.r.Value.(*Backend)
		lb.r = lb.r.Next()
		if b.Healthy {
			b.served++
			return b, nil
		}
	}
	return nil, ErrNoBackend
}

func main() {
	a := &Backend{Addr: "10.0.0.1:80", Healthy: true, Weight: 3}
	b := &Backend{Addr: "10.0.0.2:80", Healthy: true, Weight: 1}
	c := &Backend{Addr: "10.0.0.3:80", Healthy: true}
	lb := NewBalancer(a, b, c)
	fmt.Println("ring size:", lb.r.Len())

	var picks []string
	for i := 0; i < 10; i++ {
		bk, _ := lb.Next()
		picks = append(picks, strings.TrimSuffix(strings.TrimPrefix(bk.Addr, "10.0.0."), ":80"))
	}
	fmt.Println(strings.Join(picks, ","))

	a.Healthy = false
	picks = picks[:0]
	for i := 0; i < 6; i++ {
		bk, _ := lb.Next()
		picks = append(picks, bk.Addr)
	}
	fmt.Println(picks)

	b.Healthy, c.Healthy = false, false
	_, err := lb.Next()
	fmt.Println("all down:", err)

	lb.r.Do(func(v any) {
		bk := v.(*Backend)
		fmt.Printf("%s healthy=%v served=%d; ", bk.Addr, bk.Healthy, bk.served)
	})
	fmt.Println()
	fmt.Printf("%+v\n", *c)
}
