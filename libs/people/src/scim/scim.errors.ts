/** A SCIM error (RFC 7644 section 3.12): the status, a scimType where one applies, and a detail that says what to fix. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: 'invalidFilter' | 'invalidValue' | 'invalidSyntax' | 'uniqueness' | 'noTarget' | 'mutability',
  ) {
    super(detail);
    this.name = 'ScimError';
  }

  toBody(): Record<string, unknown> {
    return {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.detail,
    };
  }
}
