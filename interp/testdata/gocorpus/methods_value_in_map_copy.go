// Exercises: method values stored in a map and called later, receivers copied vs shared.
package main

import "fmt"

type Light struct {
	name string
	on   bool
}

func (l *Light) Toggle() { l.on = !l.on }
func (l Light) State() string {
	if l.on {
		return l.name + ":on"
	}
	return l.name + ":off"
}

func main() {
	kitchen := &Light{name: "kitchen"}
	hall := Light{name: "hall"}
	actions := map[string]func(){
		"k": kitchen.Toggle,
		"h": hall.Toggle,
	}
	snapshot := hall.State
	for _, key := range []string{"k", "h", "k", "k"} {
		actions[key]()
	}
	fmt.Println(kitchen.State(), hall.State(), snapshot())
}
