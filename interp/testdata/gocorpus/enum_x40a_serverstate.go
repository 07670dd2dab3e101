package main

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	fmt.Println(Saturday, Saturday.Weekend(), Wednesday.Weekend())
	fmt.Printf("%T %v\n", Friday, Friday)
	fmt.Println(Read|Exec, Read|Write|Exec, Perm(0), Write)
	fmt.Printf("%v %d\n", []Perm{Read, Write | Exec}, Read|Write)
	fmt.Println(KB, MB, GB)
	fmt.Println(map[ServerState]int{StateIdle: 1, StateError: 2})
}
