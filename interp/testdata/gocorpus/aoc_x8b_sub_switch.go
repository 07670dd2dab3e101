// Exercises: simulation with a struct state and a switch on command strings, methods on value vs pointer receivers, fallthrough, default case
package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const input = `forward 5
down 5
forward 8
up 3
down 8
forward 2
reverse 1
noop`

type Sub struct {
	X, Depth, Aim int
	log           []string
}

func (s *Sub) Apply(cmd string, n int) {
	switch cmd {
	case "forward":
		s.X += n
		s.Depth += s.Aim * n
	case "down":
		s.Aim += n
	case "up":
		s.Aim -= n
	case "reverse":
		s.X -= n
		fallthrough
	case "noop":
		s.log = append(s.log, cmd)
	default:
		s.log = append(s.log, "unknown:"+cmd)
	}
}

func (s Sub) Product() int { return s.X * s.Depth }

func main() {
	var s Sub
	copyAt := Sub{}
	sc := bufio.NewScanner(strings.NewReader(input))
	step := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		n := 0
		if len(f) > 1 {
			n, _ = strconv.Atoi(f[1])
		}
		s.Apply(f[0], n)
		step++
		if step == 3 {
			copyAt = s
		}
	}
	fmt.Println(s.X, s.Depth, s.Aim, s.Product(), s.log)
	fmt.Println(copyAt.X, copyAt.Product(), len(copyAt.log))
	fmt.Printf("%+v\n", copyAt)
}
