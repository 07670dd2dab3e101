// Exercises: a bounded task runner collecting every error with errors.Join, a semaphore channel, a mutex-guarded error list, results by index
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Runner struct {
	slots chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex
	errs  map[int]error
}

func NewRunner(limit int) *Runner {
	return &Runner{slots: make(chan struct{}, limit), errs: map[int]error{}}
}

func (r *Runner) Run(id int, task func() error) {
	r.wg.Add(1)
	r.slots <- struct{}{}
	go func() {
		defer func() { <-r.slots; r.wg.Done() }()
		if err := task(); err != nil {
			r.mu.Lock()
			r.errs[id] = fmt.Errorf("task %d: %w", id, err)
			r.mu.Unlock()
		}
	}()
}

func (r *Runner) Wait() error {
	r.wg.Wait()
	ids := make([]int, 0, len(r.errs))
	for id := range r.errs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var all []error
	for _, id := range ids {
		all = append(all, r.errs[id])
	}
	return errors.Join(all...)
}

var ErrOdd = errors.New("odd input")

func main() {
	r := NewRunner(2)
	squares := make([]int, 6)
	for i, n := range []int{2, 3, 4, 5, 6, 8} {
		r.Run(i, func() error {
			if n%2 == 1 {
				return ErrOdd
			}
			squares[i] = n * n
			return nil
		})
	}
	err := r.Wait()
	fmt.Println(squares)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrOdd), NewRunner(1).Wait() == nil)
}
