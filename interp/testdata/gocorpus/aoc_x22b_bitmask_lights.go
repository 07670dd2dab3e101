package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const machines = `[.##.] (3) (1,3) (2) (2,3) (0,2) (0,1)
[...#.] (0,2,3,4) (2,3) (0,4) (0,1,2) (1,2,3,4)
[.###.#] (0,1,2,3,4) (0,3,4) (0,1,2,4,5) (1,2)`

var buttonRe = regexp.MustCompile(`\(([\d,]+)\)`)

type machine struct {
	target  uint32
	buttons []uint32
	width   int
}

func parse(line string) machine {
	var m machine
	end := strings.Index(line, "]")
	lights := line[1:end]
	m.width = len(lights)
	for i, c := range lights {
		if c == '#' {
			m.target |= 1 << i
		}
	}
	for _, sub := range buttonRe.FindAllStringSubmatch(line[end:], -1) {
		var mask uint32
		for _, s := range strings.Split(sub[1], ",") {
			n, _ := strconv.Atoi(s)
			mask |= 1 << n
		}
		m.buttons = append(m.buttons, mask)
	}
	return m
}

func minPresses(m machine) (int, []int) {
	dist := map[uint32]int{0: 0}
	via := map[uint32][]int{0: nil}
	q := []uint32{0}
	for len(q) > 0 {
		s := q[0]
		q = q[1:]
		if s == m.target {
			return dist[s], via[s]
		}
		for i, b := range m.buttons {
			ns := s ^ b
			if _, ok := dist[ns]; !ok {
				dist[ns] = dist[s] + 1
				via[ns] = append(append([]int{}, via[s]...), i)
				q = append(q, ns)
			}
		}
	}
	return -1, nil
}

func main() {
	total := 0
	for _, line := range strings.Split(machines, "\n") {
		m := parse(line)
		n, seq := minPresses(m)
		fmt.Printf("target=%0*b buttons=%d presses=%d seq=%v\n", m.width, m.target, len(m.buttons), n, seq)
		total += n
	}
	fmt.Println("total:", total)
}
