package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Order struct {
	ID     int
	Region string
	Cents  int64
}

func gen(orders []Order) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for _, o := range orders {
			out <- o
		}
	}()
	return out
}

func filter(in <-chan Order, keep func(Order) bool) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for o := range in {
			if keep(o) {
				out <- o
			}
		}
	}()
	return out
}

func fanOut(in <-chan Order, n int, f func(Order) Order) <-chan Order {
	out := make(chan Order, 4)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Go(func() {
			for o := range in {
				out <- f(o)
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var orders []Order
	regions := []string{"eu", "us", "apac"}
	for i := 1; i <= 20; i++ {
		orders = append(orders, Order{i, regions[i%3], int64(i*i*37) % 5000})
	}
	big := filter(gen(orders), func(o Order) bool { return o.Cents >= 1000 })
	taxed := fanOut(big, 3, func(o Order) Order {
		rate := map[string]int64{"eu": 20, "us": 8, "apac": 10}[o.Region]
		o.Cents += o.Cents * rate / 100
		return o
	})
	var got []Order
	for o := range taxed {
		got = append(got, o)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
	sums := map[string]int64{}
	for _, o := range got {
		sums[o.Region] += o.Cents
		fmt.Printf("#%02d %-4s %5d\n", o.ID, o.Region, o.Cents)
	}
	fmt.Println(len(got), sums)
	var sb strings.Builder
	done := make(chan struct{})
	results := make(chan string)
	go func() {
		for s := range results {
			sb.WriteString(s)
		}
		close(done)
	}()
	for _, r := range regions {
		results <- strings.ToUpper(r) + ";"
	}
	close(results)
	<-done
	fmt.Println(sb.String())
}
