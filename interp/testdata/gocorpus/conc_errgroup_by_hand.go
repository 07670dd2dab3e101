// Exercises: an errgroup-like helper written by hand collecting the first error.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var g Group
	results := make([]int, 5)
	for i := range 5 {
		g.Go(func() error {
			results[i] = i * 2
			return nil
		})
	}
	fmt.Println(g.Wait(), results)
	var g2 Group
	g2.Go(func() error { return nil })
	g2.Go(func() error { return errors.New("task failed") })
	fmt.Println(g2.Wait())
}
