package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Spot struct {
	ID    int
	Size  string
	Plate string
}

type Lot struct {
	mu    sync.Mutex
	spots []*Spot
	cond  *sync.Cond
	log   []string
}

func NewLot(sizes string) *Lot {
	l := &Lot{}
	for i, s := range strings.Split(sizes, "") {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	l.cond = sync.NewCond(&l.mu)
	return l
}

func fits(car, spot string) bool {
	order := "SML"
	return strings.Index(order, car) <= strings.Index(order, spot)
}

func (l *Lot) Park(plate, size string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	for {
		for _, s := range l.spots {
			if s.Plate == "" && fits(size, s.Size) {
				s.Plate = plate
				return s.ID
			}
		}
		l.cond.Wait()
	}
}

func (l *Lot) Leave(id int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.spots[id-1]
	p := s.Plate
	s.Plate = ""
	l.cond.Broadcast()
	return p
}

func (l *Lot) Occupied() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := map[string]int{}
	for _, s := range l.spots {
		if s.Plate != "" {
			m[s.Size]++
		}
	}
	return m
}

func main() {
	lot := NewLot("SSMML")
	cars := []struct{ plate, size string }{
		{"AB-1", "S"}, {"CD-2", "M"}, {"EF-3", "L"}, {"GH-4", "S"}, {"IJ-5", "M"},
	}
	ids := map[string]int{}
	for _, c := range cars {
		ids[c.plate] = lot.Park(c.plate, c.size)
	}
	fmt.Println("occupied:", lot.Occupied())

	var wg sync.WaitGroup
	parked := make(chan string, 2)
	wg.Add(1)
	go func() {
		defer wg.Done()
		id := lot.Park("ZZ-9", "L")
		parked <- fmt.Sprintf("ZZ-9 got spot %d", id)
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("leaving:", lot.Leave(ids["EF-3"]))
	}()
	wg.Wait()
	close(parked)
	for p := range parked {
		fmt.Println(p)
	}

	plates := make([]string, 0, len(ids))
	for p := range ids {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	for _, p := range plates {
		fmt.Printf("%s -> %d\n", p, ids[p])
	}
	for _, s := range lot.spots {
		fmt.Printf("%+v\n", *s)
	}
}
