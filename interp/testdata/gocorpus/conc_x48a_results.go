package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type outcome struct {
	idx   int
	input string
	value int
	err   error
}

func process(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n%7 == 0 {
		return 0, errors.New("unlucky multiple of 7")
	}
	return n * 10, nil
}

func main() {
	inputs := []string{"1", "14", "x", "5", "21", "100", "3.0"}
	out := make([]outcome, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := process(in)
			out[i] = outcome{i, in, v, err}
		}()
	}
	wg.Wait()
	total, failures := 0, 0
	for _, o := range out {
		if o.err != nil {
			failures++
			fmt.Printf("#%d %-4q error: %v\n", o.idx, o.input, o.err)
			continue
		}
		total += o.value
		fmt.Printf("#%d %-4q -> %d\n", o.idx, o.input, o.value)
	}
	fmt.Println("total", total, "failures", failures)

	sem := make(chan struct{}, 2)
	ch := make(chan int, len(inputs))
	for i := range inputs {
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem }()
			ch <- i * i
		}(i)
	}
	for range cap(sem) {
		sem <- struct{}{}
	}
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum of squares", sum)
}
