package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const route = `F10
N3
F7
R90
F11
L270
S4
W2
R180
F5`

type Ship struct {
	pos, dir complex128
}

var compass = map[byte]complex128{'N': 1i, 'S': -1i, 'E': 1, 'W': -1}

func turn(deg int, left bool) complex128 {
	r := complex(1, 0)
	for range deg / 90 {
		if left {
			r *= 1i
		} else {
			r *= -1i
		}
	}
	return r
}

func manhattan(c complex128) int {
	return int(math.Abs(real(c)) + math.Abs(imag(c)))
}

func (s *Ship) Apply(cmd byte, n int, waypoint bool) {
	switch cmd {
	case 'N', 'S', 'E', 'W':
		d := compass[cmd] * complex(float64(n), 0)
		if waypoint {
			s.dir += d
		} else {
			s.pos += d
		}
	case 'L', 'R':
		s.dir *= turn(n, cmd == 'L')
	case 'F':
		s.pos += s.dir * complex(float64(n), 0)
	}
}

func main() {
	var cmds []struct {
		c byte
		n int
	}
	for _, l := range strings.Fields(route) {
		var n int
		fmt.Sscanf(l[1:], "%d", &n)
		cmds = append(cmds, struct {
			c byte
			n int
		}{l[0], n})
	}
	s1 := Ship{0, 1}
	s2 := Ship{0, 10 + 1i}
	for _, c := range cmds {
		s1.Apply(c.c, c.n, false)
		s2.Apply(c.c, c.n, true)
	}
	fmt.Println(s1.pos, s1.dir, manhattan(s1.pos))
	fmt.Println(s2.pos, s2.dir, manhattan(s2.pos))
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), real(z*z), imag(z*z), z == 3+4i)
	fmt.Printf("%.2f %v %T\n", cmplx.Sqrt(-1), complex64(z), z)
	seen := map[complex128]bool{}
	pos := complex128(0)
	dir := complex128(1i)
	for _, step := range strings.Split("R8, R4, R4, R8", ", ") {
		dir *= turn(90, step[0] == 'L')
		var n int
		fmt.Sscanf(step[1:], "%d", &n)
		for range n {
			pos += dir
			if seen[pos] {
				fmt.Println("first revisit:", pos, manhattan(pos))
				return
			}
			seen[pos] = true
		}
	}
}
