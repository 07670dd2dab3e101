// Exercises: interface embedding - combined method sets, overlapping embedded methods, assignability between interfaces
package main

import "fmt"

type Opener interface{ Open() string }
type Closer interface{ Close() string }
type OpenCloser interface {
	Opener
	Closer
}
type Door interface {
	OpenCloser
	Closer // the same method through two paths is allowed since Go 1.14
	Lock()
}

type FrontDoor struct {
	log    []string
	locked bool
}

func (d *FrontDoor) Open() string {
	if d.locked {
		return "locked"
	}
	d.log = append(d.log, "open")
	return "opened"
}
func (d *FrontDoor) Close() string { d.log = append(d.log, "close"); return "closed" }
func (d *FrontDoor) Lock()         { d.locked = true }

func main() {
	var door Door = &FrontDoor{}
	var oc OpenCloser = door
	var o Opener = oc
	fmt.Println("through narrower interfaces:", o.Open(), oc.Close())
	door.Lock()
	fmt.Println("after lock:", o.Open())
	back, ok := o.(Door)
	fmt.Println("Opener asserted back to Door:", ok, back == door)
	_, isCloser := interface{}(o).(Closer)
	fmt.Println("dynamic value also a Closer:", isCloser)
	fmt.Println("log:", door.(*FrontDoor).log)
	fmt.Printf("dynamic type: %T\n", o)
}
