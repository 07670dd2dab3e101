package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type P struct{ secret int }

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("temp", Temp(21))
	log.Printf("%v %+v %T", Temp(1), P{2}, P{3})
	l := log.New(os.Stdout, "[app] ", 0)
	l.Print(Temp(3), []Temp{4})
	sp := fmt.Sprintf
	fmt.Println(sp("%v|%T", Temp(5), Temp(5)))
	pr := fmt.Println
	pr(Temp(6), P{7})
	var sb strings.Builder
	fp := fmt.Fprint
	fp(&sb, Temp(8))
	fmt.Println(sb.String())
	fs := []func(...any) string{fmt.Sprint, fmt.Sprintln}
	fmt.Print(fs[0](Temp(9)), " ", fs[1](P{10}))
}
