package main

import (
	"fmt"
	"sort"
)

type Event struct {
	At   int
	Name string
	Fn   func(s *Scheduler)
}

type Scheduler struct {
	now    int
	queue  []Event
	log    []string
	counts map[string]int
}

func (s *Scheduler) After(delay int, name string, fn func(*Scheduler)) {
	s.queue = append(s.queue, Event{s.now + delay, name, fn})
	sort.SliceStable(s.queue, func(i, j int) bool { return s.queue[i].At < s.queue[j].At })
}

func (s *Scheduler) Run(until int) {
	for len(s.queue) > 0 && s.queue[0].At <= until {
		ev := s.queue[0]
		s.queue = s.queue[1:]
		s.now = ev.At
		s.counts[ev.Name]++
		s.log = append(s.log, fmt.Sprintf("%03d %s", s.now, ev.Name))
		ev.Fn(s)
	}
}

func every(period int, name string, limit int, body func(n int)) func(*Scheduler) {
	n := 0
	var tick func(*Scheduler)
	tick = func(s *Scheduler) {
		n++
		body(n)
		if n < limit {
			s.After(period, name, tick)
		}
	}
	return tick
}

func main() {
	s := &Scheduler{counts: map[string]int{}}
	coffee := 0
	s.After(0, "brew", every(15, "brew", 3, func(n int) { coffee += 4 }))
	drinkers := []string{"ann", "bo", "cy"}
	for i, d := range drinkers {
		d := d
		s.After(5+i*7, "drink:"+d, func(s *Scheduler) {
			if coffee > 0 {
				coffee--
				s.After(20, "drink:"+d, func(*Scheduler) { coffee-- })
			}
		})
	}
	s.After(40, "audit", func(s *Scheduler) {
		s.log = append(s.log, fmt.Sprintf("    audit: coffee=%d", coffee))
	})
	s.Run(60)
	for _, l := range s.log {
		fmt.Println(l)
	}
	fmt.Println("final coffee:", coffee, "pending:", len(s.queue))
	fmt.Println(s.counts)
}
