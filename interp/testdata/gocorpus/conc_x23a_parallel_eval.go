package main

import (
	"fmt"
	"strings"
	"sync"
)

type Expr interface{ Eval() (int, error) }

type Lit int
type Add struct{ L, R Expr }
type Div struct{ L, R Expr }
type Par []Expr

func (l Lit) Eval() (int, error) { return int(l), nil }
func (a Add) Eval() (int, error) {
	l, err := a.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := a.R.Eval()
	return l + r, err
}
func (d Div) Eval() (int, error) {
	l, err := d.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := d.R.Eval()
	if err != nil {
		return 0, err
	}
	if r == 0 {
		return 0, fmt.Errorf("division by zero in %d/%d", l, r)
	}
	return l / r, nil
}

// Par evaluates all children concurrently and sums them.
func (p Par) Eval() (int, error) {
	type res struct {
		i   int
		v   int
		err error
	}
	ch := make(chan res, len(p))
	var wg sync.WaitGroup
	for i, e := range p {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := e.Eval()
			ch <- res{i, v, err}
		}()
	}
	wg.Wait()
	close(ch)
	vals := make([]int, len(p))
	errs := make([]error, len(p))
	for r := range ch {
		vals[r.i], errs[r.i] = r.v, r.err
	}
	sum := 0
	for i := range p {
		if errs[i] != nil {
			return 0, fmt.Errorf("par[%d]: %w", i, errs[i])
		}
		sum += vals[i]
	}
	return sum, nil
}

type Once struct {
	once sync.Once
	e    Expr
	v    int
	err  error
	n    *int
}

func (o *Once) Eval() (int, error) {
	o.once.Do(func() { *o.n++; o.v, o.err = o.e.Eval() })
	return o.v, o.err
}

func main() {
	exprs := []Expr{
		Add{Lit(1), Lit(2)},
		Par{Lit(1), Add{Lit(2), Lit(3)}, Div{Lit(10), Lit(3)}},
		Par{Lit(1), Par{Div{Lit(1), Lit(0)}, Lit(2)}},
		Div{Par{Lit(50), Lit(50)}, Add{Lit(2), Lit(3)}},
	}
	for _, e := range exprs {
		v, err := e.Eval()
		fmt.Printf("%-40s %d %v\n", strings.TrimSpace(fmt.Sprintf("%v", e)), v, err)
	}
	calls := 0
	shared := &Once{e: Par{Lit(4), Lit(5)}, n: &calls}
	big := Par{shared, shared, shared, Add{shared, Lit(1)}}
	v, err := big.Eval()
	fmt.Println(v, err, calls)
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			r, _ := Add{Lit(n), Lit(n * n)}.Eval()
			results[n] = r
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(results, len(order))
}
