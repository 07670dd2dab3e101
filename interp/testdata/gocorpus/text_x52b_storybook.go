package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const story = `
# start
You wake in a cell. [door] Try the door. [sleep] Go back to sleep.
# door
The door is locked, but a guard dozes outside. [start] Give up. [call] Call the guard.
# sleep
You dream of keys. [start] Wake up.
# call
The guard opens the door and you slip out. THE END
`

type Node struct {
	Text  string
	Links []string
}

func parse(src string) (map[string]*Node, error) {
	nodes := map[string]*Node{}
	var cur *Node
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "# "):
			cur = &Node{}
			nodes[t[2:]] = cur
		case cur == nil:
			return nil, fmt.Errorf("line %d: text before first node", line)
		default:
			rest := t
			for {
				i := strings.IndexByte(rest, '[')
				if i < 0 {
					break
				}
				j := strings.IndexByte(rest[i:], ']')
				cur.Links = append(cur.Links, rest[i+1:i+j])
				rest = rest[i+j+1:]
			}
			cur.Text += t
		}
	}
	return nodes, sc.Err()
}

func main() {
	nodes, err := parse(story)
	if err != nil {
		panic(err)
	}
	_, err = parse("oops\n# a\n")
	fmt.Println("bad story:", err)
	names := make([]string, 0, len(nodes))
	for n := range nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-6s -> %q\n", n, nodes[n].Links)
	}
	at := "start"
	choices := []int{1, 0, 0, 1, 1}
	visits := map[string]int{}
	for _, c := range choices {
		node := nodes[at]
		visits[at]++
		fmt.Printf("[%s] %s\n", at, node.Text)
		if len(node.Links) == 0 {
			break
		}
		at = node.Links[c%len(node.Links)]
	}
	fmt.Printf("[%s] %s\n", at, nodes[at].Text)
	fmt.Println(visits)
}
