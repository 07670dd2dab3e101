package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type reading struct {
	Sensor string
	value  temp
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", 0)
	r := reading{"s1", 21.5}
	l.Printf("%v %+v %T", r, r, r)
	l.Println(temp(3), r)
	fmt.Print(buf.String())
	std := log.New(os.Stdout, "out: ", 0)
	std.Print(temp(4), " ", r)
	err := fmt.Errorf("bad reading %v (%T)", r, r.value)
	fmt.Println(err)
	fmt.Println(fmt.Sprint(r), fmt.Sprintf("%#v", r))
}
