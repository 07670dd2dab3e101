// Package ipc is the framed protocol between gobackprop and its child
// processes: the kernel's session worker (package worker) and the
// grader's worker (package grade). Both send small typed messages over a
// pipe while the child may be running code that writes anywhere.
//
// # Frames
//
// A frame is one line:
//
//	"\n" [MAC " "] SEQ " " TYPE " " BODY "\n"
//
// SEQ is a decimal sequence number that grows by one with every frame a
// Writer sends, TYPE a word naming the message, BODY its JSON encoding
// (which never holds a raw newline). With a key, MAC is the hex
// HMAC-SHA256 of "SEQ TYPE BODY" keyed by it; without one there is no MAC.
//
// Lines keep the protocol readable in a log and let a reader find the next
// frame after garbage: the leading newline ends whatever partial line a
// stray write left, so a cell that writes into the channel costs at most
// the frame its bytes were glued to.
//
// # Trust
//
// A Reader with a key accepts only frames signed with it and numbered
// after the last one it accepted, so a child's cells, which can write to
// any descriptor the child holds but cannot read the key from its memory,
// can neither forge nor replay a frame. Every line it refuses is counted
// (Rejected): the grader reports them. The kernel's worker runs the
// user's own code, which has nothing to gain by forging, so the kernel
// uses no key and keeps its channels off descriptors 0-2.
//
// # Bounds
//
// A Reader never holds more than its maximum frame size of one line: a
// longer line is skipped, counted and reported as ErrTooLong, never
// allocated whole. Decoding never panics on any input (FuzzReader).
package ipc
