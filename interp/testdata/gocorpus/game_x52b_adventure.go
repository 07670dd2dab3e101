package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Exits map[string]string
	Items []string
}

type Player struct {
	Where string
	Inv   map[string]bool
	Moves int
}

func (p *Player) String() string {
	keys := make([]string, 0, len(p.Inv))
	for k := range p.Inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s (moves=%d) inv=%v", p.Where, p.Moves, keys)
}

func main() {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Exits: map[string]string{"north": "library", "east": "kitchen"}, Items: []string{"lamp"}},
		"library": {Name: "library", Exits: map[string]string{"south": "hall"}, Items: []string{"book", "key"}},
		"kitchen": {Name: "kitchen", Exits: map[string]string{"west": "hall", "down": "cellar"}},
		"cellar":  {Name: "cellar", Exits: map[string]string{"up": "kitchen"}, Items: []string{"treasure"}},
	}
	p := &Player{Where: "hall", Inv: map[string]bool{}}
	script := []string{"look", "take lamp", "go north", "take key", "take sword", "go south", "go east", "go down", "take treasure", "inventory", "drop lamp", "look", "dance"}
	for _, line := range script {
		fields := strings.Fields(line)
		verb, arg := fields[0], ""
		if len(fields) > 1 {
			arg = fields[1]
		}
		r := rooms[p.Where]
		fmt.Printf("> %s\n", line)
		switch verb {
		case "look":
			exits := make([]string, 0)
			for d := range r.Exits {
				exits = append(exits, d)
			}
			sort.Strings(exits)
			fmt.Printf("You are in the %s. Exits: %s. Items: %q\n", r.Name, strings.Join(exits, ", "), r.Items)
		case "go":
			if dest, ok := r.Exits[arg]; ok {
				if dest == "cellar" && !p.Inv["lamp"] {
					fmt.Println("It is too dark to go there.")
					continue
				}
				p.Where = dest
				p.Moves++
				fmt.Println("You go", arg, "to the", dest)
			} else {
				fmt.Println("You can't go that way.")
			}
		case "take":
			idx := -1
			for i, it := range r.Items {
				if it == arg {
					idx = i
				}
			}
			if idx < 0 {
				fmt.Printf("There is no %s here.\n", arg)
				continue
			}
			r.Items = append(r.Items[:idx], r.Items[idx+1:]...)
			p.Inv[arg] = true
			fmt.Println("Taken:", arg)
		case "drop":
			if !p.Inv[arg] {
				fmt.Println("You don't have that.")
				continue
			}
			delete(p.Inv, arg)
			r.Items = append(r.Items, arg)
			fmt.Println("Dropped:", arg)
		case "inventory":
			fmt.Println(p)
		default:
			fmt.Printf("I don't understand %q.\n", verb)
		}
	}
	fmt.Println("Final:", p)
	if p.Inv["treasure"] {
		fmt.Println("You win!")
	}
}
