package main

import (
	"fmt"
	"slices"
	"sync"
)

func producer(id int, vals []int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		s := slices.Clone(vals)
		slices.Sort(s)
		for _, v := range s {
			ch <- v*10 + id
		}
	}()
	return ch
}

// mergeSorted merges several sorted channels into one sorted channel.
func mergeSorted(chans ...<-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		heads := make([]int, len(chans))
		alive := make([]bool, len(chans))
		for i, c := range chans {
			heads[i], alive[i] = <-c
		}
		for {
			best := -1
			for i := range chans {
				if alive[i] && (best < 0 || heads[i] < heads[best]) {
					best = i
				}
			}
			if best < 0 {
				return
			}
			out <- heads[best]
			heads[best], alive[best] = <-chans[best]
		}
	}()
	return out
}

type stats struct {
	mu     sync.Mutex
	counts map[int]int
}

func (s *stats) record(k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[k]++
}

func main() {
	data := [][]int{{5, 3, 9, 1}, {8, 2, 2, 7}, {6, 4}, {}}
	var chans []<-chan int
	for i, d := range data {
		chans = append(chans, producer(i, d))
	}
	var merged []int
	for v := range mergeSorted(chans...) {
		merged = append(merged, v)
	}
	fmt.Println(merged, slices.IsSorted(merged))

	st := &stats{counts: map[int]int{}}
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range work {
				st.record(v % 10)
			}
		}()
	}
	for _, v := range merged {
		work <- v
	}
	close(work)
	wg.Wait()
	fmt.Println(st.counts)

	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := range results {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sum := 0
			for _, v := range merged[i*2:] {
				sum += v
			}
			results[i] = sum
		}(i)
	}
	wg2.Wait()
	fmt.Println(results)
}
