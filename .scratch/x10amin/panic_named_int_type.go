// Go ends with "panic: main.status(3)"; the session's error says "panic(int): 3" (an error, but the type is lost).
package main

type status int

func main() {
	panic(status(3))
}
