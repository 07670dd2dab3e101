package main

import (
	"container/ring"
	"fmt"
	"strings"
	"sync"
)

type Backend struct {
	Name    string
	Healthy bool
	mu      sync.Mutex
	served  int
}

func (b *Backend) Serve() {
	b.mu.Lock()
	b.served++
	b.mu.Unlock()
}

type Balancer struct {
	mu  sync.Mutex
	cur *ring.Ring
}

func NewBalancer(bs ...*Backend) *Balancer {
	r := ring.New(len(bs))
	for _, b := range bs {
		r.Value = b
		r = r.Next()
	}
	return &Balancer{cur: r}
}

func (lb *Balancer) Next() (*Backend, error) {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	for i := 0; i < lb.cur.Len(); i++ {
		b := lb.cur.Value.(*Backend)
		lb.cur = lb.cur.Next()
		if b.Healthy {
			return b, nil
		}
	}
	return nil, fmt.Errorf("no healthy backend among %d", lb.cur.Len())
}

func (lb *Balancer) Remove(name string) bool {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	for i, r := 0, lb.cur; i < lb.cur.Len(); i, r = i+1, r.Next() {
		if r.Next().Value.(*Backend).Name == name {
			if r.Next() == lb.cur {
				lb.cur = lb.cur.Next()
			}
			r.Unlink(1)
			return true
		}
	}
	return false
}

func main() {
	a, b, c := &Backend{Name: "a", Healthy: true}, &Backend{Name: "b", Healthy: true}, &Backend{Name: "c", Healthy: true}
	lb := NewBalancer(a, b, c)
	var seq []string
	for i := 0; i < 7; i++ {
		be, _ := lb.Next()
		seq = append(seq, be.Name)
	}
	fmt.Println(strings.Join(seq, ""))

	b.Healthy = false
	seq = seq[:0]
	for i := 0; i < 5; i++ {
		be, _ := lb.Next()
		seq = append(seq, be.Name)
	}
	fmt.Println(strings.Join(seq, ""))

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				if be, err := lb.Next(); err == nil {
					be.Serve()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("served:", a.served, b.served, c.served, "total", a.served+b.served+c.served)

	fmt.Println("remove c:", lb.Remove("c"), "remove x:", lb.Remove("x"), "len", lb.cur.Len())
	a.Healthy = false
	_, err := lb.Next()
	fmt.Println("error:", err)
	var names []string
	lb.cur.Do(func(v any) { names = append(names, v.(*Backend).Name) })
	fmt.Println(names)
	r := ring.New(4)
	for i := range 4 {
		r.Value = i * i
		r = r.Next()
	}
	r.Move(2).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}
