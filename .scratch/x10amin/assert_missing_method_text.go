// Go ends with "interface conversion: string is not main.shape: missing method area"; the session's error stops at "... is not main.shape".
package main

type shape interface{ area() float64 }

func main() {
	var v any = "text"
	_ = v.(shape)
}
