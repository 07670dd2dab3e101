package main

import (
	"fmt"
	"strings"
	"sync"
)

type Ticket struct {
	Table int
	Dish  string
}

type Plate struct {
	Ticket
	Cook  string
	Steps []string
}

func prep(in <-chan Ticket) <-chan Plate {
	out := make(chan Plate)
	go func() {
		defer close(out)
		for t := range in {
			out <- Plate{Ticket: t, Steps: []string{"chop " + t.Dish}}
		}
	}()
	return out
}

func cook(name string, in <-chan Plate, out chan<- Plate, wg *sync.WaitGroup) {
	defer wg.Done()
	for p := range in {
		p.Cook = name
		p.Steps = append(p.Steps, "fry")
		out <- p
	}
}

func main() {
	tickets := make(chan Ticket)
	go func() {
		defer close(tickets)
		menu := []string{"soup", "steak", "salad", "pasta", "curry"}
		for i := 0; i < 10; i++ {
			tickets <- Ticket{Table: i%4 + 1, Dish: menu[i%len(menu)]}
		}
	}()
	prepped := prep(tickets)
	cooked := make(chan Plate)
	var wg sync.WaitGroup
	for _, c := range []string{"Ana", "Raj"} {
		wg.Add(1)
		go cook(c, prepped, cooked, &wg)
	}
	go func() {
		wg.Wait()
		close(cooked)
	}()

	var mu sync.Mutex
	byTable := map[int][]string{}
	perCook := map[string]int{}
	done := make(chan struct{})
	go func() {
		for p := range cooked {
			mu.Lock()
			byTable[p.Table] = append(byTable[p.Table], p.Dish)
			perCook[p.Cook]++
			mu.Unlock()
		}
		close(done)
	}()
	<-done
	total := 0
	for _, n := range perCook {
		total += n
	}
	for t := 1; t <= 4; t++ {
		dishes := byTable[t]
		counts := map[string]int{}
		for _, d := range dishes {
			counts[d]++
		}
		fmt.Printf("table %d: %d dishes %v\n", t, len(dishes), counts)
	}
	fmt.Println("cooked total:", total, "cooks ok:", len(perCook) >= 1 && len(perCook) <= 2)
	fmt.Println(strings.Repeat("=", 20))
	var p Plate
	p.Table = 9
	fmt.Printf("%+v\n", p)
}
