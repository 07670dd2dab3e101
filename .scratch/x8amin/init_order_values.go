// Exercises: every package variable is initialised before any init func, whatever the source order (Go: [z y init] 2 1)
package main

import "fmt"

var log []string

func note(s string) int { log = append(log, s); return len(log) }

var z = note("z")

func init() { note("init") }

var y = note("y")

func main() { fmt.Println(log, y, z) }
