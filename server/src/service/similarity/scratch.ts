/** Typed-array buffers kept between calls, so hot loops reuse memory instead of allocating per document. */

type TypedArrayOf<T> = new (length: number) => T;

/** A buffer of at least a given length, replaced by a larger one when too short; its contents are not kept. */
export class ScratchBuffer<T extends Uint8Array | Uint32Array> {
  private buffer: T;

  constructor(private readonly type: TypedArrayOf<T>) {
    this.buffer = new type(1024);
  }

  atLeast(length: number): T {
    if (this.buffer.length < length) this.buffer = new this.type(Math.max(length, 2 * this.buffer.length));
    return this.buffer;
  }
}
