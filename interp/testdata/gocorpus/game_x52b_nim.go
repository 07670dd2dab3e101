package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Move struct{ Heap, Take int }

func parseMove(s string) (Move, error) {
	a, b, ok := strings.Cut(s, ":")
	if !ok {
		return Move{}, fmt.Errorf("parse %q: missing colon", s)
	}
	h, err := strconv.Atoi(a)
	if err != nil {
		return Move{}, fmt.Errorf("parse heap: %w", err)
	}
	t, err := strconv.Atoi(b)
	if err != nil {
		return Move{}, fmt.Errorf("parse take: %w", err)
	}
	return Move{h, t}, nil
}

func aiMove(heaps []int) Move {
	x := 0
	for _, h := range heaps {
		x ^= h
	}
	if x != 0 {
		for i, h := range heaps {
			if t := h ^ x; t < h {
				return Move{i, h - t}
			}
		}
	}
	for i, h := range heaps {
		if h > 0 {
			return Move{i, 1}
		}
	}
	return Move{-1, 0}
}

func main() {
	heaps := []int{3, 4, 5}
	script := []string{"0:3", "bad", "1:x", "2:9", "1:2", "2:1", "1:1"}
	done := func() bool {
		for _, h := range heaps {
			if h > 0 {
				return false
			}
		}
		return true
	}
	for _, line := range script {
		m, err := parseMove(line)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		if m.Heap < 0 || m.Heap >= len(heaps) || m.Take < 1 || m.Take > heaps[m.Heap] {
			fmt.Printf("illegal move %+v\n", m)
			continue
		}
		heaps[m.Heap] -= m.Take
		fmt.Printf("you take %d from %d -> %v\n", m.Take, m.Heap, heaps)
		if done() {
			fmt.Println("you win")
			return
		}
		ai := aiMove(heaps)
		heaps[ai.Heap] -= ai.Take
		fmt.Printf("ai  take %d from %d -> %v\n", ai.Take, ai.Heap, heaps)
		if done() {
			fmt.Println("ai wins")
			return
		}
	}
}
