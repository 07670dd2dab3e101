// Exercises: package-level variables depending on functions, methods and each other; init reading initialised vars
package main

import (
	"fmt"
	"strings"
)

type Config struct{ Parts []string }

func (c Config) Joined() string { return strings.Join(c.Parts, "/") }

var path = cfg.Joined()
var cfg = Config{Parts: []string{root, "lib", leaf}}
var root = strings.ToUpper("usr")
var leaf = "go" + suffix
var suffix = fmt.Sprint(version)

const version = 2

var counter int

var (
	first  = next()
	second = next()
)

func next() int {
	counter++
	return counter * 100
}

var ready bool

func init() {
	ready = path != "" && first < second
}

func main() {
	fmt.Println("path built before use:", path)
	fmt.Println("sequential in one var group:", first, second, counter)
	fmt.Println("init saw initialised vars:", ready)
}
