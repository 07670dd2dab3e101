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

type World struct {
	rooms map[string]*Room
	here  string
	bag   []string
	moves int
}

type Command func(w *World, arg string) string

func main() {
	w := &World{here: "hall", rooms: map[string]*Room{
		"hall":    {"Great Hall", map[string]string{"north": "library", "east": "kitchen"}, []string{"torch"}},
		"library": {"Dusty Library", map[string]string{"south": "hall"}, []string{"book", "key"}},
		"kitchen": {"Kitchen", map[string]string{"west": "hall", "down": "cellar"}, nil},
		"cellar":  {"Dark Cellar", map[string]string{"up": "kitchen"}, []string{"wine"}},
	}}
	locked := map[string]bool{"cellar": true}
	commands := map[string]Command{}
	commands["look"] = func(w *World, _ string) string {
		r := w.rooms[w.here]
		exits := make([]string, 0, len(r.Exits))
		for d := range r.Exits {
			exits = append(exits, d)
		}
		sort.Strings(exits)
		return fmt.Sprintf("%s. Exits: %s. Items: %v", r.Name, strings.Join(exits, ","), r.Items)
	}
	commands["go"] = func(w *World, dir string) string {
		dest, ok := w.rooms[w.here].Exits[dir]
		if !ok {
			return "You can't go " + dir + "."
		}
		if locked[dest] {
			return "The way " + dir + " is locked."
		}
		w.here = dest
		w.moves++
		return commands["look"](w, "")
	}
	commands["take"] = func(w *World, item string) string {
		r := w.rooms[w.here]
		for i, it := range r.Items {
			if it == item {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				w.bag = append(w.bag, item)
				return "Taken: " + item
			}
		}
		return "No " + item + " here."
	}
	commands["use"] = func(w *World, item string) string {
		if item == "key" && w.here == "kitchen" {
			delete(locked, "cellar")
			return "The trapdoor unlocks."
		}
		return "Nothing happens."
	}
	alias := strings.NewReplacer("n ", "go north ", "s ", "go south ", "e ", "go east ", "w ", "go west ")
	script := []string{"look", "take torch", "go down", "n ", "take key", "take sword", "s ", "e ",
		"go down", "use key", "go down", "take wine", "dance", "go up"}
	for _, line := range script {
		line = alias.Replace(line)
		verb, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		cmd, ok := commands[verb]
		if !ok {
			fmt.Printf("> %s\n  I don't know how to %q.\n", line, verb)
			continue
		}
		fmt.Printf("> %s\n  %s\n", strings.TrimSpace(line), cmd(w, arg))
	}
	fmt.Println("bag:", w.bag, "moves:", w.moves)
}
